<?php
echo 1 % 0;

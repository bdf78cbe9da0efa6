<?php
function same() {}
function same() {}

--TEST--
--tokens FILE prints one token per line
--DIVERGENCE--
--tokens is miniphp's own option; php reports it as an unknown option.
--CLI_ARGS--
--tokens {FILE}
--FILE--
<?php echo 1;
--EXPECT--
1	T_OPEN_TAG	<?php 
1	T_ECHO	echo
1	T_WHITESPACE	 
1	T_LNUMBER	1
1	;	;
1	T_WHITESPACE	\n
--EXIT_STATUS--
0
--EXPECTF_PHP--
Error in argument 2, char 2: no argument for option -
%A
--EXIT_STATUS_PHP--
1

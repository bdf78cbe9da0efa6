<?php
function t($label) { echo $label, " "; return true; }
function f($label) { echo $label, " "; return false; }
var_free(t("a") && f("b"));
var_free(f("a") && t("b"));
var_free(t("a") || f("b"));
var_free(f("a") || t("b"));
var_free(t("a") and f("b"));
var_free(f("a") or f("b"));
var_free(t("a") xor t("b"));
var_free(!t("a"));
function var_free($v) { echo $v ? "true" : "false", "\n"; }
$x = null;
echo $x ?? "default", "\n";
echo $undefined ?? "undef default", "\n";
$y = 0;
echo $y ?: "falsy", " ", 5 ?: "no", "\n";
echo $y ? "yes" : "no", " ", (1 ? "a" : (0 ? "b" : "c")), "\n";
$z = ['k' => null, 'j' => 0];
echo $z['k'] ?? "null key", " ", $z['j'] ?? "no", " ", $z['missing'] ?? "missing", " ", $z['a']['b'] ?? "deep", "\n";
$n = null;
$n ??= "assigned";
$n ??= "not again";
echo $n, "\n";
$arr = [];
$arr['c'] ??= 1;
$arr['c'] ??= 2;
echo $arr['c'], "\n";
echo isset($z['j']) ? "set" : "unset", isset($z['k']) ? "set" : "unset", isset($q) ? "set" : "unset", "\n";
echo empty($z['j']) ? "empty" : "full", empty($q) ? "empty" : "full", empty("a") ? "empty" : "full", "\n";

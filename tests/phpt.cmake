# .phpt script tests, the check of their expectations against real PHP, and the runner's own tests.
#
#   phpt                          tests/phpt run against the built miniphp (tests/phpt/known_failures.txt is
#                                 the ratchet list of tests miniphp does not pass yet)
#   phpt_expectations_match_php   the same tests run against `php -n`: every expectation must be PHP 8.2's
#                                 output (skipped, status 77, when php 8.2 is not installed)
#   runner_selftest               the runner's unit tests, with a fake interpreter
#
# Both .phpt runs write each test's script beside it (as php-src's run-tests.php does), so they share a lock.
# The target `phpt_conformance` runs php-src's tests/lang and Zend/tests (PHP_SRC_DIR, see
# tests/CMakeLists.txt) and prints the pass rates. When that cache exists, the CTest test php_src_lang runs
# tests/lang against the ratchet tests/conformance/php_src_lang_known_failures.txt (Zend/tests is mostly about
# classes and exceptions, not there yet: it stays a figure, not a test).
set(phpt_runner ${CMAKE_CURRENT_SOURCE_DIR}/run_phpt.py)
set(phpt_dir ${CMAKE_CURRENT_SOURCE_DIR}/phpt)

add_test(NAME phpt
         COMMAND Python3::Interpreter ${phpt_runner} --miniphp $<TARGET_FILE:miniphp> --quiet --jobs 2
                 --base ${phpt_dir} --known-failures ${phpt_dir}/known_failures.txt ${phpt_dir})
set_tests_properties(phpt PROPERTIES RESOURCE_LOCK phpt_scripts TIMEOUT 600)

add_test(NAME phpt_expectations_match_php
         COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/tools/check_expectations.py --quiet --jobs 2)
set_tests_properties(phpt_expectations_match_php PROPERTIES
                     SKIP_RETURN_CODE 77 RESOURCE_LOCK phpt_scripts TIMEOUT 600)

add_test(NAME runner_selftest
         COMMAND Python3::Interpreter -m unittest discover -s ${CMAKE_CURRENT_SOURCE_DIR}/tools -p "test_*.py")
set_tests_properties(runner_selftest PROPERTIES TIMEOUT 300)

if(EXISTS ${PHP_SRC_DIR}/tests/lang)
  add_test(NAME php_src_lang
           COMMAND Python3::Interpreter ${phpt_runner} --miniphp $<TARGET_FILE:miniphp> --quiet --jobs 2
                   --run-tests-ini --base ${PHP_SRC_DIR}
                   --known-failures ${CMAKE_CURRENT_SOURCE_DIR}/conformance/php_src_lang_known_failures.txt
                   ${PHP_SRC_DIR}/tests/lang)
  set_tests_properties(php_src_lang PROPERTIES RESOURCE_LOCK php_src_scripts TIMEOUT 900)
endif()

add_custom_target(phpt_conformance
  COMMAND Python3::Interpreter ${phpt_runner} --miniphp $<TARGET_FILE:miniphp> --quiet --run-tests-ini
          --base ${PHP_SRC_DIR} ${PHP_SRC_DIR}/tests/lang ${PHP_SRC_DIR}/Zend/tests
  DEPENDS miniphp
  USES_TERMINAL
  COMMENT "Running php-src's tests/lang and Zend/tests against miniphp")

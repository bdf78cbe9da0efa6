# Runs a docs example program and compares what it prints on standard output with an expected file, byte for
# byte; on a difference, shows both. Used by the docs_* tests (CMakeLists.txt beside this file):
#   cmake -DPROGRAM=path -DARGUMENTS="a.php|b.php" -DEXPECTED=file.expect -P run_and_compare.cmake
string(REPLACE "|" ";" arguments "${ARGUMENTS}")
execute_process(COMMAND "${PROGRAM}" ${arguments}
                OUTPUT_VARIABLE actual ERROR_VARIABLE errors RESULT_VARIABLE status)
file(READ "${EXPECTED}" expected)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}\n${errors}")
endif()
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "output differs from ${EXPECTED}\n--- expected\n${expected}\n--- actual\n${actual}\n--- stderr\n${errors}")
endif()

# Regression tests named after the inputs the libFuzzer targets in fuzz/ found (fuzz/README.md).
target_sources(tests_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/tst_fuzzregressions.cpp)

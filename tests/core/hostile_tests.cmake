# Hostile files and faults (issue 9): saved views, data sources, processes killed while saving.
target_sources(tests_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/tst_hostile.cpp)

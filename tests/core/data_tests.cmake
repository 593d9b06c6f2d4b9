# Report-data tests: the shipped database against the report text and the seed inventory.
target_sources(tests_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/tst_policydata.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tst_companydata.cpp
)

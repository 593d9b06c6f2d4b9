# The world map widget, offscreen, driven by synthetic events. Included into tests_ui.
target_sources(tests_ui PRIVATE ui/tst_mapwidget.cpp)

# The world map widget (issue: world map). Included from app/CMakeLists.txt into atlas_views.
target_sources(atlas_views PRIVATE views/mapwidget.cpp views/mapwidget.h)

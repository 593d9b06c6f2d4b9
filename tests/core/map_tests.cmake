# World map tests: projection, viewport, antimeridian, geometry and hit-tests, layers, rendering.
# Included from tests/CMakeLists.txt into tests_core (atlas_core only, offscreen, no widgets).
target_sources(tests_core PRIVATE
  core/tst_geoprojection.cpp
  core/tst_geoworld.cpp
  core/tst_maplayers.cpp
  core/tst_maprender.cpp
)

# World map: geometry, projection, viewport, layers and the map painter (all of atlas_core, no widgets).
# Included from app/CMakeLists.txt into the atlas_core target.
target_sources(atlas_core PRIVATE
  core/geo/equalearth.cpp core/geo/equalearth.h
  core/geo/mapviewport.cpp core/geo/mapviewport.h
  core/geo/antimeridian.cpp core/geo/antimeridian.h
  core/geo/topojson.cpp core/geo/topojson.h
  core/geo/countryshape.cpp core/geo/countryshape.h
  core/geo/worldgeometry.cpp core/geo/worldgeometry.h
  core/geo/countrytable.cpp core/geo/countrytable.h
  core/geo/legendbins.cpp core/geo/legendbins.h
  core/geo/mapvalue.h
  core/geo/maplayer.cpp core/geo/maplayer.h
  core/geo/mapdata.h
  core/geo/maplayermodel.cpp core/geo/maplayermodel.h
  core/geo/maptooltip.cpp core/geo/maptooltip.h
  core/geo/maprenderer.cpp core/geo/maprenderer.h
  core/data/maprepository.cpp core/data/maprepository.h
)

# The map assets are embedded rather than installed and located at run time: the geometry is needed by
# every map, export and test, 750 KB is small, and a resource cannot go missing or drift from the code
# that parses it. maps/rebuild.sh regenerates them from npm; the build never touches the network.
qt_add_resources(atlas_core atlas_maps
  PREFIX /maps
  BASE ${PROJECT_SOURCE_DIR}/maps
  FILES ${PROJECT_SOURCE_DIR}/maps/countries-50m.topo.json ${PROJECT_SOURCE_DIR}/maps/countries.tsv)

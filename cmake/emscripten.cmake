# Settings every WebAssembly target shares (Debian's Emscripten 3.1.6).

if(NOT "$ENV{NODE_PATH}" MATCHES "/usr/share/nodejs")
  # Debian's emcc finds node-acorn only through NODE_PATH; without it the link fails late.
  message(FATAL_ERROR "NODE_PATH must include /usr/share/nodejs for Debian's Emscripten. "
                      "Use the 'web' preset (cmake --preset web) or tools/build-web.sh, which set it.")
endif()

# C++ exception catching stays off (Emscripten's default): it costs size and speed, and the
# code that parses (src/scenario) reports errors without throwing.
add_link_options(-sDISABLE_EXCEPTION_CATCHING=1)

# Header-only libraries from Debian, made visible to em++ without adding /usr/include (whose
# glibc headers would shadow Emscripten's libc): copy the headers into the build folder and
# answer find_package() from a small config file there.
set(H2045_WEB_SYSDEPS "${CMAKE_BINARY_DIR}/sysdeps")
if(NOT EXISTS /usr/include/nlohmann/json.hpp)
  message(FATAL_ERROR "nlohmann/json.hpp not found: install nlohmann-json3-dev (tools/setup.sh does).")
endif()
file(COPY /usr/include/nlohmann DESTINATION "${H2045_WEB_SYSDEPS}/include")
file(WRITE "${H2045_WEB_SYSDEPS}/nlohmann_json/nlohmann_jsonConfig.cmake"
"if(NOT TARGET nlohmann_json::nlohmann_json)
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
  set_target_properties(nlohmann_json::nlohmann_json PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES \"${H2045_WEB_SYSDEPS}/include\")
endif()
")
set(json_header /usr/include/nlohmann/json.hpp)
if(EXISTS /usr/include/nlohmann/detail/abi_macros.hpp)  # where 3.11 keeps the version
  set(json_header /usr/include/nlohmann/detail/abi_macros.hpp)
endif()
file(STRINGS "${json_header}" json_version_lines REGEX "define NLOHMANN_JSON_VERSION_(MAJOR|MINOR|PATCH) ")
string(REGEX REPLACE ".*MAJOR ([0-9]+).*MINOR ([0-9]+).*PATCH ([0-9]+).*" "\\1.\\2.\\3" json_version "${json_version_lines}")
file(WRITE "${H2045_WEB_SYSDEPS}/nlohmann_json/nlohmann_jsonConfigVersion.cmake"
"set(PACKAGE_VERSION ${json_version})
if(PACKAGE_FIND_VERSION_MAJOR EQUAL 3)
  set(PACKAGE_VERSION_COMPATIBLE TRUE)
endif()
")
set(nlohmann_json_DIR "${H2045_WEB_SYSDEPS}/nlohmann_json" CACHE PATH "" FORCE)

# fmt (header-only mode) and fast_float, the same way: text and numbers in src/scenario/text.cpp.
# fmt without std::locale (the text never asks for a locale's digit grouping): otherwise the
# locale's every facet (money, time, wide characters) comes into the WebAssembly. (44: a comma,
# never used.)
foreach(dep "fmt;fmt;fmt::fmt-header-only;FMT_HEADER_ONLY=1\\;FMT_STATIC_THOUSANDS_SEPARATOR=44"
            "FastFloat;fast_float;FastFloat::fast_float;")
  list(GET dep 0 package)
  list(GET dep 1 folder)
  list(GET dep 2 target)
  list(GET dep 3 definition)
  if(NOT EXISTS /usr/include/${folder})
    message(FATAL_ERROR "/usr/include/${folder} not found: install the Debian package tools/setup.sh lists for ${package}.")
  endif()
  file(COPY /usr/include/${folder} DESTINATION "${H2045_WEB_SYSDEPS}/include")
  set(definition_line "")
  if(definition)
    set(definition_line "INTERFACE_COMPILE_DEFINITIONS \"${definition}\"")
  endif()
  file(WRITE "${H2045_WEB_SYSDEPS}/${package}/${package}Config.cmake"
"if(NOT TARGET ${target})
  add_library(${target} INTERFACE IMPORTED)
  set_target_properties(${target} PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES \"${H2045_WEB_SYSDEPS}/include\" ${definition_line})
endif()
")
  set(${package}_DIR "${H2045_WEB_SYSDEPS}/${package}" CACHE PATH "" FORCE)
endforeach()

# Dear ImGui 1.86 from Debian's source package (fetched by tools/setup.sh into build/_deps).
#   imgui_core      the library itself, no backend (the interface layer and its tests use it)
#   imgui_backends  SDL2 + OpenGL 3 (desktop) / WebGL 2 (browser) backends, for src/platform
set(H2045_IMGUI_DIR "${H2045_DEPS_DIR}/imgui" CACHE PATH "Dear ImGui sources")
if(NOT EXISTS "${H2045_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${H2045_IMGUI_DIR}. Run tools/setup.sh first.")
endif()

add_library(imgui_core STATIC
  ${H2045_IMGUI_DIR}/imgui.cpp
  ${H2045_IMGUI_DIR}/imgui_draw.cpp
  ${H2045_IMGUI_DIR}/imgui_tables.cpp
  ${H2045_IMGUI_DIR}/imgui_widgets.cpp
  ${H2045_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui_core SYSTEM PUBLIC ${H2045_IMGUI_DIR} ${H2045_IMGUI_DIR}/misc/cpp)
target_compile_options(imgui_core PRIVATE -w)
# ImGui's asserts stay on in every native build type, Release included (the interface tests
# rely on them to catch unbalanced Push/Pop and Begin/End): src/app/imgui_config.h. PUBLIC,
# so every file that includes imgui.h sees the same configuration. The web build leaves them
# to NDEBUG (off in MinSizeRel), which keeps the download small.
option(H2045_IMGUI_ASSERTS "Keep Dear ImGui's asserts in every build type (they abort)" ON)
if(H2045_IMGUI_ASSERTS AND NOT EMSCRIPTEN)
  target_compile_definitions(imgui_core PUBLIC IMGUI_USER_CONFIG="${CMAKE_SOURCE_DIR}/src/app/imgui_config.h")
endif()

if(EMSCRIPTEN)
  set(H2045_SDL2_WASM_DIR "${H2045_DEPS_DIR}/sdl2-wasm" CACHE PATH "SDL2 built for WebAssembly")
  if(NOT EXISTS "${H2045_SDL2_WASM_DIR}/lib/libSDL2.a")
    message(FATAL_ERROR "SDL2 for WebAssembly not found in ${H2045_SDL2_WASM_DIR}. Run tools/setup.sh first.")
  endif()
  add_library(sdl2_wasm STATIC IMPORTED)
  set_target_properties(sdl2_wasm PROPERTIES
    IMPORTED_LOCATION "${H2045_SDL2_WASM_DIR}/lib/libSDL2.a"
    # Without this include path <SDL.h> silently resolves to Emscripten's SDL 1.3 headers.
    INTERFACE_INCLUDE_DIRECTORIES "${H2045_SDL2_WASM_DIR}/include/SDL2")
  set(H2045_SDL2_TARGET sdl2_wasm)
  # WebGL 2 / GLSL ES 3.00 in every translation unit that includes the GL backend.
  target_compile_definitions(imgui_core PUBLIC IMGUI_IMPL_OPENGL_ES3)
else()
  find_package(SDL2 REQUIRED)
  find_package(OpenGL REQUIRED)
  set(H2045_SDL2_TARGET SDL2::SDL2)
endif()

add_library(imgui_backends STATIC
  ${H2045_IMGUI_DIR}/backends/imgui_impl_sdl.cpp
  ${H2045_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_backends SYSTEM PUBLIC ${H2045_IMGUI_DIR}/backends)
target_link_libraries(imgui_backends PUBLIC imgui_core ${H2045_SDL2_TARGET})
if(NOT EMSCRIPTEN)
  target_link_libraries(imgui_backends PUBLIC OpenGL::GL ${CMAKE_DL_LIBS})
endif()
target_compile_options(imgui_backends PRIVATE -w)
if(NOT EMSCRIPTEN)
  # ImGui 1.86's GL loader fills its function table through a union with an out-of-bounds
  # index (fixed upstream in 1.87); UBSan builds (native-asan preset) must not stop there.
  set_source_files_properties(${H2045_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp
    PROPERTIES COMPILE_OPTIONS "-fno-sanitize=bounds")
endif()

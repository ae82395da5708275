# Settings every WebAssembly target shares (Debian's Emscripten 3.1.6).

if(NOT "$ENV{NODE_PATH}" MATCHES "/usr/share/nodejs")
  # Debian's emcc finds node-acorn only through NODE_PATH; without it the link fails late.
  message(FATAL_ERROR "NODE_PATH must include /usr/share/nodejs for Debian's Emscripten. "
                      "Use the 'web' preset (cmake --preset web) or tools/build-web.sh, which set it.")
endif()

# C++ exceptions stay on: the scenario layer reports bad files and links through them, and a
# disabled catch would turn a clear message into an abort.
add_compile_options(-fexceptions)
add_link_options(-fexceptions -sDISABLE_EXCEPTION_CATCHING=0)

// The web build draws through WebGL only, never onto an SDL software surface, so SDL's
// software blitters (about 140 kB of WebAssembly: every pixel-format pair, with and without
// alpha and colour keys) serve no one in a browser. SDL picks a blitter in one function,
// SDL_CalculateBlit (src/video/SDL_blit.c), the only symbol of its object file that anything
// else uses; defining it here keeps that file, and the blitters only it reaches, out of the
// link. Were a surface ever blitted or converted (nothing in the app does: the cursors are
// the browser's own), SDL would report the error below and the call would fail cleanly.
#include <SDL.h>

extern "C" int SDL_CalculateBlit(SDL_Surface* surface) {
  (void)surface;
  return SDL_SetError("software blits are not part of the web build (it draws with WebGL)");
}

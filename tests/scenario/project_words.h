// The project's own translations (assets/i18n), loaded once for the scenario tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "scenario/messages.h"

namespace h2045::test {

inline const Translations& projectTranslations() {
  static const Translations all = [] {
    Translations t;
    std::string error;
    if (!loadTranslationFolder(std::string(H2045_TEST_ASSET_DIR) + "/i18n", t, error)) ADD_FAILURE() << error;
    return t;
  }();
  return all;
}

}  // namespace h2045::test

// Minimal App: satisfies the contract so the platform layer links; panels follow.
#include "app/app.h"

#include <imgui.h>

namespace h2045::app {

struct App::Impl {
  AppInit init;
  std::string error;
  bool fontsChanged = false;
};

App::App() : impl_(new Impl) {}
App::~App() { delete impl_; }

bool App::init(const AppInit& init) {
  impl_->init = init;
  return true;
}
const std::string& App::error() const { return impl_->error; }

void App::frame() {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::Begin("Hanoi 2045 Pathways", nullptr, ImGuiWindowFlags_NoDecoration);
  ImGui::TextUnformatted("Hanoi 2045 Pathways");
  ImGui::End();
}

bool App::wantsContinuousFrames() const { return false; }
bool App::consumeFontsChanged() {
  bool changed = impl_->fontsChanged;
  impl_->fontsChanged = false;
  return changed;
}
void App::setContentScale(float scale) { impl_->init.contentScale = scale; }

std::string App::leversJson() const { return "{}"; }
bool App::setLever(const std::string& id, double, std::string& error) {
  error = "unknown lever: " + id;
  return false;
}
std::string App::resultJson() const { return "{}"; }
std::string App::scenarioJson() const { return "{}"; }
bool App::loadScenario(const std::string&, std::string& error) {
  error = "not implemented yet";
  return false;
}
std::string App::uiStateJson() const { return "{}"; }
bool App::command(const std::string& name, const std::string&, std::string& error) {
  error = "unknown command: " + name;
  return false;
}

}  // namespace h2045::app

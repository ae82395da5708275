// What's needed: the smallest setting of one lever that reaches a chosen target, with a
// one-click, undoable apply. Its state lives with the session; its commands are in the table.
#pragma once

#include "model/model.h"

namespace h2045::app {

struct Session;

struct NeededState {
  int targetIndex = -1;  // into the current target set; -1 = its last target
  ParamId lever = ParamId::PublicInvestmentPct;
  // The question the answer belongs to (re-solved when any of it changes).
  bool solved = false;
  Scenario solvedFor;
  ParamId solvedLever = ParamId::Count;
  int solvedYear = 0;
  double solvedTargetUsd = 0;
  SolveResult result;
  // Every lever at once (the table under the single lever's answer), for the same question.
  bool showAll = false;
  bool solvedAll = false;
  Scenario solvedAllFor;
  int solvedAllYear = 0;
  double solvedAllTargetUsd = 0;
  AllLeversNeed all;
};
// Applies the all-levers push as one undoable change; false when it does not reach the target.
bool applyNeededPush(Session& s);

// Refreshes the answer when the question or the scenario changed; false without targets.
bool solveNeeded(Session& s);
// Applies the answer as one undoable change; false when there is nothing to apply.
bool applyNeeded(Session& s);
// A lever the solver can move (not a choice, not an assumption).
bool solvableLever(ParamId p);
// The target of the current set in `year`; false when the set has none.
bool selectNeededTarget(Session& s, int year);

}  // namespace h2045::app

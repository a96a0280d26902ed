/**
 * A user's plans as kept in their user record (`UserProfile.plans`), so they live in the same store as the profile,
 * survive restarts with Redis, are shared by replicas, are erased by "delete my data" and exported with it.
 */
import type { PlanAnswers, PlanDefinition, PlanStep } from './planDefinition';
import { stepApplies } from './planDefinition';

export interface SavedPlan {
  planId: string;
  answers: PlanAnswers;
  /** Ids of the steps the user marked done. */
  done: string[];
  /** Opt-in: reminders before deadlines as proactive messages. */
  reminders?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A planner the user left half-answered; the next request for the same planner resumes here. */
export interface PlanDraft {
  planId: string;
  answers: PlanAnswers;
  /** The request that started it, for answers it already named. */
  startedAt: string;
}

/** What the planner keeps in the user record. */
export interface PlanHolder {
  plans?: SavedPlan[];
  planDraft?: PlanDraft;
}

/** The steps of a plan that apply to the user's answers, in plan order (their numbers are index + 1). */
export function applicableSteps(plan: PlanDefinition, answers: PlanAnswers): PlanStep[] {
  return plan.steps.filter((step) => stepApplies(step, answers));
}

/** The most recently changed saved plan, or the one with this id. */
export function savedPlanOf(holder: PlanHolder, planId?: string): SavedPlan | undefined {
  const plans = holder.plans ?? [];
  if (planId) return plans.find((plan) => plan.planId === planId);
  return [...plans].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** Stores a finished plan, replacing an earlier plan of the same planner (its done marks are kept where the steps remain). */
export function savePlan(holder: PlanHolder, plan: PlanDefinition, answers: PlanAnswers, now: string): SavedPlan {
  const previous = savedPlanOf(holder, plan.id);
  const stepIds = new Set(applicableSteps(plan, answers).map((step) => step.id));
  const saved: SavedPlan = {
    planId: plan.id,
    answers,
    done: (previous?.done ?? []).filter((id) => stepIds.has(id)),
    ...(previous?.reminders !== undefined ? { reminders: previous.reminders } : {}),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
  holder.plans = [...(holder.plans ?? []).filter((candidate) => candidate.planId !== plan.id), saved];
  if (holder.planDraft?.planId === plan.id) delete holder.planDraft;
  return saved;
}

/** Marks a step done (or not done); false when the step is not part of the saved plan. */
export function markStep(saved: SavedPlan, plan: PlanDefinition, stepId: string, done: boolean, now: string): boolean {
  if (!applicableSteps(plan, saved.answers).some((step) => step.id === stepId)) return false;
  const rest = saved.done.filter((id) => id !== stepId);
  saved.done = done ? [...rest, stepId] : rest;
  saved.updatedAt = now;
  return true;
}

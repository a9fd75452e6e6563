import type { AssignmentBasis, Candidate, RuleState, SkipReason, Strategy } from './assignment-rule.ts';

/** Why a candidate cannot take a lead now, or null when they can. */
export function ineligibility(candidate: Candidate): SkipReason | null {
  if (candidate.currentOwner) return 'currentOwner';
  if (!candidate.active) return 'inactive';
  if (candidate.away) return 'away';
  if (candidate.maxOpenLeads !== null && candidate.openLeads >= candidate.maxOpenLeads) return 'atCapacity';
  return null;
}

export interface Pick {
  userId: number | null;
  basis: AssignmentBasis | null;
  skipped: Array<{ userId: number; name: string; why: SkipReason }>;
  /** The rule's state after the pick (unchanged when nobody was picked). */
  state: RuleState;
}

/**
 * Picks the owner among a rule's candidates (in the rule's order), passing over those who cannot take a
 * lead; pure, so simulation and assignment share it. Round-robin gives the turn to the first eligible
 * candidate after the one who had the last turn; weighted round-robin is the smooth variant (each eligible
 * candidate gains its weight, the largest total wins and gives back the sum), so weights 3:2:1 interleave
 * as A B A C B A; least-loaded takes the fewest open leads, ties going round from the last turn.
 */
export function pickAssignee(strategy: Strategy, candidates: Candidate[], state: RuleState): Pick {
  const skipped: Pick['skipped'] = [];
  const eligible = new Set<number>();
  for (const candidate of candidates) {
    const why = ineligibility(candidate);
    if (why) skipped.push({ userId: candidate.userId, name: candidate.name, why });
    else eligible.add(candidate.userId);
  }
  const none: Pick = { userId: null, basis: null, skipped, state };
  if (eligible.size === 0) return none;
  const last = candidates.findIndex((candidate) => candidate.userId === state.lastUserId);
  const inTurn = [...candidates.slice(last + 1), ...candidates.slice(0, last + 1)].filter((candidate) =>
    eligible.has(candidate.userId),
  );
  const advanced = (userId: number, weights = state.weights): RuleState => ({
    turns: state.turns + 1,
    lastUserId: userId,
    weights,
  });
  switch (strategy) {
    case 'user':
    case 'roundRobin': {
      const chosen = inTurn[0]!;
      const basis: AssignmentBasis =
        strategy === 'user'
          ? { kind: 'specificUser' }
          : { kind: 'roundRobin', turn: candidates.indexOf(chosen) + 1, of: candidates.length };
      return { userId: chosen.userId, basis, skipped, state: advanced(chosen.userId) };
    }
    case 'weightedRoundRobin': {
      const weights = { ...state.weights };
      let total = 0;
      let chosen: Candidate | null = null;
      for (const candidate of candidates) {
        if (!eligible.has(candidate.userId)) continue;
        const key = String(candidate.userId);
        weights[key] = (weights[key] ?? 0) + candidate.weight;
        total += candidate.weight;
        if (!chosen || weights[key]! > weights[String(chosen.userId)]!) chosen = candidate;
      }
      const winner = chosen!;
      weights[String(winner.userId)]! -= total;
      return {
        userId: winner.userId,
        basis: { kind: 'weightedRoundRobin', weight: winner.weight, totalWeight: total },
        skipped,
        state: advanced(winner.userId, weights),
      };
    }
    case 'leastLoaded': {
      const chosen = inTurn.reduce((best, candidate) =>
        candidate.openLeads < best.openLeads ? candidate : best,
      );
      return {
        userId: chosen.userId,
        basis: { kind: 'leastLoaded', openLeads: chosen.openLeads },
        skipped,
        state: advanced(chosen.userId),
      };
    }
    case 'pool':
      return none;
  }
}

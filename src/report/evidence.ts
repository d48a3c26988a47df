/**
 * How a line reads: as an action to take, or as narrative around the actions. Each signal is a
 * small regex over one line's text; together they decide, so no single phrase rules.
 */

// An instruction: the line opens with a verb (imperative), or says who will do it.
const imperative =
  /^(?:never|always|don'?t|do not|avoid|add|adopt|alert|audit|automate|build|check|choose|conduct|configure|consider|create|define|deploy|develop|disable|document|enable|enforce|enhance|ensure|establish|evaluate|expand|explore|fix|have|implement|improve|increase|install|integrate|introduce|investigate|keep|limit|make|migrate|monitor|move|optimi[sz]e|patch|perform|plan|provide|reduce|refactor|remove|replace|require|review|rotate|run|scale|schedule|set up|share|split|standardi[sz]e|start|stop|switch|test|track|train|update|upgrade|use|validate|verify|write)\b/i;
const commitment =
  /\b(?:we|i|they|the team|team)\s+(?:will|shall|must|should|plan to|intend to|are going to|'re going to|need to)\b|\bwe(?:'re| are)\s+\w+ing\b|\bto be\s+\w+ed\b/i;
const label = /^[^:.!?]{2,60}:\s+\S/;

// Narrative: a discourse connector, a remark about the measures as a whole, past-tense telling.
const connector =
  /^(?:additionally|also|furthermore|moreover|however|overall|finally|in (?:conclusion|summary|short|addition)|to (?:sum up|conclude)|by (?:implementing|taking|following|adopting)|it is|it was|this (?:is|was|incident)|these|we believe|we hope|thank)\b/i;
const aboutTheMeasures =
  /\b(?:these|the above|such) (?:corrective |preventative |preventive )?(?:measures|steps|actions|changes|improvements)\b/i;
const pastTelling = /\b(?:was|were|had been|has been)\s+\w+(?:ed|en|t)\b/i;

export interface Reading {
  action: number;
  narrative: number;
}

export function reading(text: string): Reading {
  const action =
    (imperative.test(text) ? 2 : 0) + (commitment.test(text) ? 1 : 0) + (label.test(text) ? 1 : 0);
  const narrative =
    (connector.test(text) ? 2 : 0) +
    (aboutTheMeasures.test(text) ? 2 : 0) +
    (pastTelling.test(text) && !commitment.test(text) ? 1 : 0);
  return { action, narrative };
}

/** A line with no list syntax reads as an action item rather than as prose around the items. */
export function readsAsAction(text: string): boolean {
  const r = reading(text);
  return r.narrative <= r.action;
}

/** A sign-off or a name ("Regards.", "The Backend team"): too short to be a measure. */
export function isSignOff(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words < 4 && (words === 1 || !/[.!?]$/.test(text)) && !imperative.test(text);
}

// Announces the actions that follow: "Here's what we're doing to prevent this", "the following measures".
const announcement =
  /\b(?:what we(?:'re| are| will be) doing|what we will do|we will|we are going to|going forward|to prevent|the following (?:measures|steps|actions|changes|improvements)|as follows)\b/i;

export function announcesActions(text: string): boolean {
  return announcement.test(text);
}

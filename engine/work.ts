/**
 * The engine's work, counted in steps: a character a scanner read, a trie step, a token, match or
 * candidate visited. tests/engine/linear-time.test.ts reads it to prove that checking grows
 * linearly with the text on hostile input: seconds are too noisy on a shared machine to show
 * that, a count is exact and the same on every run.
 *
 * Always on, because it costs nothing measurable: each counted loop keeps its count in a local
 * (often the difference of two indexes it has anyway) and adds it here once, when it finishes, so
 * counting is an addition per call, not per step. A switch to turn it off would cost as much as
 * the counting it saves.
 *
 * Regexes cannot be counted this way; tests/engine/regex-inventory.test.ts lists every regex the
 * engine runs over a letter with the reason its work is linear.
 */
export const work = { steps: 0 };

// How many cards the board asks for. The API prices a list by its size times everything asked of each item and refuses
// an operation over its limit (2,000 by default); the browser test "the board's queries stay within the API's cost
// limit" sends these very queries at these sizes.

/** Cards per column on the board (about 35 a card with its column: 55 × 35 ≈ 1,930). */
export const PER_STAGE = 55;

/** Cards per page when a column shows more (about 28 a card: 70 × 28 ≈ 1,960). */
export const MORE_PAGE_SIZE = 70;

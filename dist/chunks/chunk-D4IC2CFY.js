import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/core/guidance.ts
var QUADRANT_STRATEGY = {
  key: "The genuine key accounts: full KAM, most resources, partnership.",
  "key-development": "Tomorrow's key accounts: invest to build strength, but only a few can be afforded.",
  maintenance: "Keep the business efficiently, protect the margin, do not over-invest.",
  opportunistic: "Serve when it pays, at minimum cost, with no relationship investment.",
  unclassified: "Score both axes to place the account on the matrix."
};
var POSITIONING_EXPECTATION = {
  "strategic-partner": "Where the buyer spends time and effort: co-operative, interdependent relationships are welcome.",
  "strategic-security": "The buyer wants guaranteed long-term supply, not a price fight.",
  "tactical-profit": "Old-fashioned buying: expect discounts and price pressure.",
  "tactical-make-easy": "The buyer wants effortless transactions: e-commerce, sole supplier, self-managed supply."
};
var STAGE_MEANING = {
  exploratory: "pre-trading; signalling; a single point of contact",
  basic: "transactional; one salesperson meets one buyer (the bow-tie); easy to exit",
  "co-operative": "more contacts on both sides, limited information sharing and little real trust",
  interdependent: "mutual dependency; contacts across functions and levels (the diamond); sensitive information shared",
  integrated: "boundaries dissolve; sole or primary supplier; joint strategic planning"
};
var PERCEIVED_NEXT_STEP = {
  commodity: { response: "high price sensitivity, no loyalty", next: "differentiate and add benefits to reach product provider" },
  "product-provider": {
    response: "high price sensitivity, low loyalty",
    next: "understand the customer's aims and support some of them (stage 1 of the KAM process: the account strategy)"
  },
  "value-add": {
    response: "less price sensitivity, some loyalty",
    next: "stages 2 to 4 of the KAM process: relationship plan, opportunity pipeline, performance and satisfaction measurement"
  },
  partner: {
    response: "low price sensitivity, high loyalty",
    next: "the full KAM process: account strategy, relationship plan, opportunity pipeline, performance and satisfaction measurement"
  }
};
var QUESTION_TEXT = {
  real: "Is it real? A real need and budget, enough volume or profit to justify the resources.",
  compete: "Can we compete? Our solution fits and compares well with the competitors on this deal.",
  win: "Can we win? Inside support in the customer's organisation (the most overlooked question).",
  worth: "Is it worth winning? Profit, short- and long-term potential, strategic importance."
};

export {
  QUADRANT_STRATEGY,
  POSITIONING_EXPECTATION,
  STAGE_MEANING,
  PERCEIVED_NEXT_STEP,
  QUESTION_TEXT
};

import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/core/labels.ts
var DEFAULT_LABELS = {
  key: "Key",
  "key-development": "Key development",
  maintenance: "Maintenance",
  opportunistic: "Opportunistic",
  unclassified: "Unclassified",
  "strategic-partner": "Strategic partner",
  "strategic-security": "Strategic security",
  "tactical-profit": "Tactical profit",
  "tactical-make-easy": "Tactical make easy"
};
var VOCABULARIES = {
  cheverton: {},
  mcdonald: {
    key: "Strategic",
    "key-development": "Star",
    maintenance: "Status",
    opportunistic: "Streamline"
  }
};
function label(id, config) {
  return config.labels[id] ?? DEFAULT_LABELS[id];
}
var STAGE_LABELS = {
  exploratory: "Exploratory",
  basic: "Basic",
  "co-operative": "Co-operative",
  interdependent: "Interdependent",
  integrated: "Integrated"
};

export {
  VOCABULARIES,
  label,
  STAGE_LABELS
};

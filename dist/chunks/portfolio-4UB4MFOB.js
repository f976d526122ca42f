import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  QUADRANTS,
  byManager,
  isKeyOrDevelopment,
  managerKey,
  managerLoadOf,
  summarizePortfolio
} from "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-SA2IJZVG.js";
export {
  QUADRANTS,
  byManager,
  isKeyOrDevelopment,
  managerKey,
  managerLoadOf,
  summarizePortfolio
};

import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  QUADRANTS,
  byManager,
  isKeyOrDevelopment,
  managerLoadOf,
  summarizePortfolio
} from "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";
export {
  QUADRANTS,
  byManager,
  isKeyOrDevelopment,
  managerLoadOf,
  summarizePortfolio
};

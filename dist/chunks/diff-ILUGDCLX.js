import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  diffPortfolios,
  drivers,
  isEmptyDiff
} from "./chunk-ITG53ZV7.js";
import "./chunk-SA2IJZVG.js";
export {
  diffPortfolios,
  drivers,
  isEmptyDiff
};

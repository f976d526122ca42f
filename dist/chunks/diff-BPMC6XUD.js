import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  DRIFT,
  diffPortfolios,
  drivers,
  isEmptyDiff
} from "./chunk-X5SBUWEX.js";
import "./chunk-SA2IJZVG.js";
export {
  DRIFT,
  diffPortfolios,
  drivers,
  isEmptyDiff
};

// Every page in Arabic, right to left: axe-core and the 360 px width check.
import { pageSweep } from '../lib/sweep.js';

pageSweep('ar');

// Every page in English: axe-core and the 360 px width check.
import { pageSweep } from '../lib/sweep.js';

pageSweep('en');

/** The help-center articles: platform, API and report documentation, including known errors. */
import type { Article } from '../../../src/api/schemas.js';
import { apiArticles } from './articles/api.js';
import { platformArticles } from './articles/platform.js';
import { reportArticles } from './articles/reports.js';

export const articles: Article[] = [...platformArticles, ...apiArticles, ...reportArticles];

/**
 * What every signed-in person reads alike, from the seed: the taxonomy (in the request's
 * language), the articles, the service status and the support centers.
 */
import { languageOf, taxonomyIn } from '../language.js';
import { type AppParts, type Handlers, pathId } from '../operations.js';
import { ProblemError } from '../problems.js';

export function catalogHandlers(
  parts: AppParts,
): Handlers<
  'getTaxonomy' | 'getServiceStatus' | 'listSupportCenters' | 'listArticles' | 'getArticle'
> {
  const { seed } = parts;
  return {
    getTaxonomy: (c) => {
      const locale = languageOf(c);
      c.header('Content-Language', locale);
      c.header('Vary', 'Accept-Language', { append: true });
      return c.json(taxonomyIn(seed, locale));
    },

    getServiceStatus: (c) => c.json(seed.serviceStatus),

    listSupportCenters: (c) => c.json({ items: seed.supportCenters }),

    listArticles: (c, { query }) => {
      const section = query.section;
      const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const items = seed.articles
        .filter((a) => !section || a.section === section)
        .filter((a) => {
          const haystack = `${a.title} ${a.summary} ${a.tags.join(' ')}`.toLowerCase();
          return words.every((w) => haystack.includes(w));
        })
        .map(({ body: _body, ...summary }) => summary);
      return c.json({ items });
    },

    getArticle: (c) => {
      const article = seed.articles.find((a) => a.id === pathId(c));
      if (!article)
        throw new ProblemError(404, 'Article not found', `There is no article ${pathId(c)}.`);
      return c.json(article);
    },
  };
}

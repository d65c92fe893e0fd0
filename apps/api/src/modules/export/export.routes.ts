import { Router, type Request, type Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { todayInDenmark } from '../../clock.js';
import type { Services } from '../../server/services.js';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { checklistTable, kommuneTable, stepProgressTable } from './export.tables.js';
import { toCsv, toXlsx, type Table } from './table-writers.js';

// Downloads as files: GET /export/kommuner.{xlsx,csv}[?koder=101,147], /export/tjekliste/<kode>.{xlsx,csv} and
// /export/fremdrift.{xlsx,csv}. The same reading rule as the GraphQL reads: any logged-in user (session cookie).

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function send(res: Response, table: Table, baseName: string, format: string): Promise<void> {
  const fileName = `${baseName}-${todayInDenmark()}.${format}`;
  res.setHeader('Cache-Control', 'no-store');
  res.attachment(fileName);
  if (format === 'xlsx') res.type(XLSX_TYPE).send(await toXlsx(table));
  else res.type('text/csv; charset=utf-8').send(toCsv(table));
}

const slug = (text: string) =>
  text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function exportRoutes(services: Services): Router {
  const router = Router();

  router.use(async (req: Request, res: Response, next) => {
    try {
      const session = await services.sessions.resolve(parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE]);
      if (!session) {
        res.status(401).type('text').send('Log ind for at hente filen.');
        return;
      }
      next();
    } catch (error) {
      next(error);
    }
  });

  router.get('/kommuner.:format', async (req, res, next) => {
    try {
      const format = req.params.format;
      if (format !== 'xlsx' && format !== 'csv') return void res.status(404).type('text').send('Ukendt filformat.');
      const raw = typeof req.query.koder === 'string' ? req.query.koder : '';
      const codes = raw ? raw.split(',').slice(0, 200).map(Number).filter((n) => Number.isInteger(n) && n > 0 && n < 1000) : null;
      await send(res, await kommuneTable(services.db, todayInDenmark(), codes), 'kommuner', format);
    } catch (error) {
      next(error);
    }
  });

  router.get('/tjekliste/:code.:format', async (req, res, next) => {
    try {
      const { format } = req.params;
      const code = Number(req.params.code);
      if ((format !== 'xlsx' && format !== 'csv') || !Number.isInteger(code) || code <= 0 || code >= 1000) {
        return void res.status(404).type('text').send('Findes ikke.');
      }
      const found = await checklistTable(services.db, todayInDenmark(), code);
      if (!found) return void res.status(404).type('text').send(`Kommune ${code} findes ikke.`);
      await send(res, found.table, `tjekliste-${slug(found.officialName)}`, format);
    } catch (error) {
      next(error);
    }
  });

  router.get('/fremdrift.:format', async (req, res, next) => {
    try {
      const format = req.params.format;
      if (format !== 'xlsx' && format !== 'csv') return void res.status(404).type('text').send('Ukendt filformat.');
      await send(res, await stepProgressTable(services, todayInDenmark()), 'fremdrift-pr-trin', format);
    } catch (error) {
      next(error);
    }
  });

  return router;
}

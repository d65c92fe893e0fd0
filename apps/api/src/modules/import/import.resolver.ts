import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { Drejebog } from '../drejebog/drejebog.entity.js';
import { DrejebogFileArgs, ImportPreview, ImportResult, SpreadsheetFileArgs } from './dto/import.types.js';

const FILE = 'An .xlsx or .csv file, base64, at most 1 MB; the first row names the columns.';

/** KOMBIT's spreadsheet uploads: a preview of every row's outcome, then all or nothing. */
@Resolver(() => ImportPreview)
export class ImportResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ImportPreview, { description: `Opsigelser (Kommune, Opsigelse, Dato, Note) as applying would store them. ${FILE}` })
  previewOpsigelseImport(@Args(() => SpreadsheetFileArgs) args: SpreadsheetFileArgs, @Ctx() ctx: GraphQLContext): Promise<ImportPreview> {
    return ctx.services.imports.previewOpsigelser(args.fileBase64, args.fileName);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportResult, { description: 'Stores every row of the file or, when any row is bad, nothing (BAD_USER_INPUT, extensions.rows).' })
  applyOpsigelseImport(@Args(() => SpreadsheetFileArgs) args: SpreadsheetFileArgs, @Ctx() ctx: GraphQLContext): Promise<ImportResult> {
    return ctx.services.imports.applyOpsigelser(ctx.user!, ctx.requestId, args.fileBase64, args.fileName);
  }

  @Authorized(Role.ADMIN)
  @Query(() => ImportPreview, { description: `Contact persons (Kommune, Navn, E-mail, Telefon, Rolle). ${FILE}` })
  previewContactImport(@Args(() => SpreadsheetFileArgs) args: SpreadsheetFileArgs, @Ctx() ctx: GraphQLContext): Promise<ImportPreview> {
    return ctx.services.imports.previewContacts(args.fileBase64, args.fileName);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportResult, { description: 'Stores every row of the file or, when any row is bad, nothing.' })
  applyContactImport(@Args(() => SpreadsheetFileArgs) args: SpreadsheetFileArgs, @Ctx() ctx: GraphQLContext): Promise<ImportResult> {
    return ctx.services.imports.applyContacts(ctx.user!, ctx.requestId, args.fileBase64, args.fileName);
  }

  @Authorized(Role.ADMIN)
  @Query(() => ImportPreview, { description: `A drejebog version (Kode, Fase, Titel, Beskrivelse, Type, Frist), one row per step. ${FILE}` })
  previewDrejebogImport(@Args(() => DrejebogFileArgs) args: DrejebogFileArgs, @Ctx() ctx: GraphQLContext): Promise<ImportPreview> {
    return ctx.services.imports.previewDrejebog(args.fileBase64, args.fileName, args.version);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Drejebog, { description: 'Publishes the file as a new current version (as publishDrejebog does).' })
  applyDrejebogImport(@Args(() => DrejebogFileArgs) args: DrejebogFileArgs, @Ctx() ctx: GraphQLContext): Promise<Drejebog> {
    return ctx.services.imports.applyDrejebog(ctx.user!, ctx.requestId, args.fileBase64, args.fileName, args.version);
  }
}

import { Args, ArgsType, Context, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import type { AuthUser, GraphQLContext } from '@iep/api/core';
import { rosterProblemText } from '@iep/domain';
import { DistrictScope } from '../district-scope.service';
import type { RosterImportRow } from './roster-import.repository';
import { RosterImportFailure, RosterImportMode, RosterImportModel, type RosterChangeAction, type RosterEntityKind, type RosterImportStatus } from './roster-import.model';
import { RosterImportService } from './roster-import.service';
import { emptyReport } from './roster-report';

@ArgsType()
class RosterImportIdArgs {
  @Field(() => ID) @IsString() id: string;
}

@ArgsType()
class RosterImportsArgs {
  @Field(() => Int, { defaultValue: 10 }) @IsInt() @Min(1) @Max(50) first: number;
}

/** Uploading happens over HTTP (POST /api/roster-imports, multipart); reading and applying here. */
@Resolver(() => RosterImportModel)
export class RosterImportResolver {
  constructor(
    private readonly imports: RosterImportService,
    private readonly scope: DistrictScope,
  ) {}

  @Query(() => [RosterImportModel], { description: "The district's latest roster imports, newest first." })
  @RequirePermission(Permission.ImportRoster)
  async rosterImports(@Args() { first }: RosterImportsArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<RosterImportModel[]> {
    const rows = await this.imports.list(this.scope.actor(user, req), first);
    return rows.map((row) => toModel(row, user));
  }

  @Query(() => RosterImportModel, { description: 'One import with its dry run or outcome; poll it for progress.' })
  @RequirePermission(Permission.ImportRoster)
  async rosterImport(@Args() { id }: RosterImportIdArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<RosterImportModel> {
    return toModel(await this.imports.get(this.scope.actor(user, req), id), user);
  }

  @Mutation(() => RosterImportModel, {
    description: 'Applies an import whose dry run found no problems: the worker writes it in one transaction. Anything else is a CONFLICT.',
  })
  @RequirePermission(Permission.ImportRoster)
  async applyRosterImport(@Args() { id }: RosterImportIdArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<RosterImportModel> {
    return toModel(await this.imports.apply(this.scope.actor(user, req), id), user);
  }
}

function toModel(row: RosterImportRow, user: AuthUser): RosterImportModel {
  const report = row.report ?? emptyReport();
  const language = user.locale === 'es' ? 'es' : 'en';
  return {
    id: row.id,
    fileName: row.fileName,
    byteSize: row.byteSize,
    status: row.status as RosterImportStatus,
    mode: row.mode as RosterImportMode | null,
    progress: row.progress,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    rows: report.rows,
    counts: report.counts.map((count) => ({ ...count, entity: count.entity as RosterEntityKind })),
    changes: report.changes.map((change) => ({ ...change, entity: change.entity as RosterEntityKind, action: change.action as RosterChangeAction })),
    changeCount: report.changeCount,
    unchanged: report.unchanged,
    skipped: report.skipped,
    problems: report.problems.map((p) => ({ file: p.file, line: p.line, column: p.column, problem: p.problem, message: rosterProblemText(p)[language] })),
    problemCount: report.problemCount,
    failure: (report.failure ?? null) as RosterImportFailure | null,
  };
}

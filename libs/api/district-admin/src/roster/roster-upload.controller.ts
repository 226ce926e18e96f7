import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import type { AuthUser } from '@iep/api/core';
import { DistrictScope } from '../district-scope.service';
import { RosterImportService } from './roster-import.service';

/**
 * The upload of a OneRoster CSV bundle: multipart/form-data with the ZIP as the part `file`, behind the
 * session cookie and the same CSRF header rule as /graphql. Answers 201 with the import's id and status;
 * the dry run follows on the worker (poll `rosterImport(id)`).
 */
@Controller('api/roster-imports')
export class RosterUploadController {
  constructor(
    private readonly imports: RosterImportService,
    private readonly scope: DistrictScope,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission(Permission.ImportRoster)
  async upload(@Req() req: Request, @CurrentUser() user: AuthUser): Promise<{ id: string; status: string }> {
    const row = await this.imports.upload(this.scope.actor(user, req as never), req);
    return { id: row.id, status: row.status };
  }
}

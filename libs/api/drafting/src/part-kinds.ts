import { Injectable } from '@nestjs/common';
import type { IepPartKind } from '@iep/domain/iep-content';

/** Parts whose kind one API process remembers; the least recently learned is forgotten first. */
const MAX_PARTS = 50_000;

/**
 * The kind of each part this process has read or written, so that a save can check its content against
 * the part's rules before its one statement runs (see DraftingService.save). Only a hint: the statement
 * writes nothing unless the stored kind is the one remembered, and a part not remembered is saved the
 * long way, which learns it.
 */
@Injectable()
export class PartKinds {
  private readonly kinds = new Map<string, IepPartKind>();

  get(partId: string): IepPartKind | undefined {
    return this.kinds.get(partId);
  }

  remember(partId: string, kind: IepPartKind): void {
    if (this.kinds.get(partId) === kind) return;
    if (this.kinds.size >= MAX_PARTS) this.kinds.delete(this.kinds.keys().next().value!);
    this.kinds.set(partId, kind);
  }
}

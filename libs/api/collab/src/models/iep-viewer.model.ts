import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('IepViewer', { description: 'Someone who has the IEP open right now, and the part they are on.' })
export class IepViewerModel {
  @Field(() => ID, { nullable: true, description: 'The part the person is looking at or editing; null when just reading.' })
  partId: string | null;
  @Field({ description: 'Whether the person is editing that part (not only reading it).' }) editing: boolean;
  @Field({ description: 'Since when the person has been on this part in this way.' }) since: Date;
  personId: string;
}

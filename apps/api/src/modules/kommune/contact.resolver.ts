import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../server/context.js';
import { Contact } from './contact.entity.js';
import { AddContactInput, UpdateContactInput } from './dto/contact.inputs.js';
import { Kommune } from './kommune.entity.js';

@Resolver(() => Contact)
export class ContactResolver {
  @FieldResolver(() => Kommune)
  async kommune(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<Kommune> {
    return (await ctx.loaders.kommune.load(contact.kommuneCode))!;
  }

  @Authorized()
  @Mutation(() => Contact, { description: "Adds a contact person to a kommune (an exit contact: to its own kommune)." })
  addContact(@Arg('input', () => AddContactInput) input: AddContactInput, @Ctx() ctx: GraphQLContext): Promise<Contact> {
    return ctx.services.contacts.add(ctx.user, ctx.requestId, input);
  }

  @Authorized()
  @Mutation(() => Contact)
  updateContact(@Arg('input', () => UpdateContactInput) input: UpdateContactInput, @Ctx() ctx: GraphQLContext): Promise<Contact> {
    return ctx.services.contacts.update(ctx.user, ctx.requestId, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  removeContact(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.contacts.remove(ctx.user, ctx.requestId, id);
  }
}

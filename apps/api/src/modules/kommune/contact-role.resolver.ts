import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { ContactRole } from './contact-role.entity.js';

@Resolver(() => ContactRole)
export class ContactRoleResolver {
  @Authorized()
  @Query(() => [ContactRole], { description: "The roles a kommune's contact person can have, in KOMBIT's order." })
  contactRoles(@Ctx() ctx: GraphQLContext): Promise<ContactRole[]> {
    return ctx.services.contactRoles.list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ContactRole, { description: 'Adds a role to the list (CONFLICT when it is there already).' })
  addContactRole(
    @Arg('name', () => String) name: string,
    @Arg('receivesStatusMail', () => Boolean, { nullable: true }) receivesStatusMail: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContactRole> {
    return ctx.services.contactRoles.add(ctx.user!, ctx.requestId, name, receivesStatusMail);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ContactRole, { description: 'Whether contact persons with this role receive the weekly status mail.' })
  setContactRoleStatusMail(
    @Arg('name', () => String) name: string,
    @Arg('receivesStatusMail', () => Boolean) receivesStatusMail: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContactRole> {
    return ctx.services.contactRoles.setReceivesStatusMail(ctx.user!, ctx.requestId, name, receivesStatusMail);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Removes a role from the list; CONFLICT while a contact person has it.' })
  removeContactRole(@Arg('name', () => String) name: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.contactRoles.remove(ctx.user!, ctx.requestId, name);
  }
}

import { Reasons } from '@cb/contracts';
import { badInput, forbidden, unauthenticated, type Collection, type Store, type Viewer } from '@cb/kit';
import type { NotificationKind } from '../domain/notification';
import { inboxOf } from '../domain/policy';
import { KINDS_FOR, MAIL_DELIVERIES, MAIL_PREFERENCES, deliveryOf, preferenceId, type MailDelivery, type MailPreference } from '../domain/preferences';

export interface PreferenceView {
  kind: NotificationKind;
  delivery: MailDelivery;
}

/** Per kind of notification, how its owner wants the e-mail: at once, in the daily digest, or never. */
export class MailPreferenceUseCases {
  private readonly preferences: Collection<MailPreference>;

  constructor(store: Store) {
    this.preferences = store.collection<MailPreference>(MAIL_PREFERENCES);
  }

  /** Every kind the viewer's inbox can receive, with their choice (or the default). Staff: none. */
  async list(viewer: Viewer | undefined): Promise<PreferenceView[]> {
    if (!viewer) throw unauthenticated('Sign in to see your mail preferences.');
    const owner = inboxOf(viewer);
    if (!owner) return [];
    const chosen = new Map((await this.preferences.find({ ownerKind: owner.kind, ownerId: owner.id })).map((p) => [p.kind, p]));
    return KINDS_FOR[owner.kind].map((kind) => ({ kind, delivery: deliveryOf(chosen.get(kind), kind) }));
  }

  async set(viewer: Viewer | undefined, kind: NotificationKind, delivery: MailDelivery): Promise<PreferenceView> {
    if (!viewer) throw unauthenticated('Sign in to change your mail preferences.');
    const owner = inboxOf(viewer);
    if (!owner) throw forbidden(Reasons.ROLE_NOT_ALLOWED, 'Staff have no inbox, so no mail preferences.');
    if (!KINDS_FOR[owner.kind].includes(kind)) throw badInput('kind', Reasons.INVALID_VALUE, `kind: ${kind} never reaches this inbox; choose one of ${KINDS_FOR[owner.kind].join(', ')}.`);
    if (!MAIL_DELIVERIES.includes(delivery)) throw badInput('delivery', Reasons.INVALID_VALUE, `delivery: must be one of ${MAIL_DELIVERIES.join(', ')}.`);
    await this.preferences.put({ id: preferenceId(owner, kind), ownerKind: owner.kind, ownerId: owner.id, kind, delivery });
    return { kind, delivery };
  }
}

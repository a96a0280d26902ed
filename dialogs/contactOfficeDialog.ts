/**
 * Placeholder for the escalation flow (issue 5): names the contact offices for the user's region,
 * honestly saying that handing over inside the chat is not there yet.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { turnServices } from '../src/conversation/turnServices';
import { officeName, type OfficeDirectory } from '../src/escalation/offices';
import { sendReply } from './sendReply';

export const CONTACT_OFFICE_DIALOG = 'contactOffice';

export class ContactOfficeDialog extends Dialog {
  constructor(private readonly directory: OfficeDirectory) {
    super(CONTACT_OFFICE_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { t, language, profile } = turnServices(dc.context);
    const offices = this.directory.offices.filter((office) => !profile.region || office.servesRegion === profile.region);
    const names = offices.map((office) => officeName(office, language)).join(language === 'ja' ? '、' : '; ');
    await sendReply(dc.context, { text: t('human.comingSoon', { office: names }) });
    return dc.endDialog();
  }
}

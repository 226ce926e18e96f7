import type { RightsLocale } from './safeguards.messages';

export const RIGHTS_TRANSFERRED_NOTIFICATION = 'RIGHTS_TRANSFERRED';

/** What the adult student and the parents are told when the rights pass (300.520(a)(1)(ii)). */
export function rightsTransferred(f: { firstName: string; age: number; toStudent: boolean }, locale: RightsLocale): { title: string; body: string } {
  if (locale === 'es') {
    return f.toStudent
      ? {
          title: 'Ahora usted tiene sus derechos educativos',
          body: `Al cumplir ${f.age} años, los derechos que tenían sus padres sobre su educación especial pasan a usted: dar o negar su consentimiento, firmar su IEP y ver sus expedientes. Sus padres seguirán recibiendo los avisos.`,
        }
      : {
          title: `Los derechos educativos pasaron a ${f.firstName}`,
          body: `${f.firstName} cumplió ${f.age} años: los derechos educativos pasan a él o ella. Ustedes seguirán recibiendo todos los avisos de la escuela.`,
        };
  }
  return f.toStudent
    ? {
        title: 'You now hold your educational rights',
        body: `At ${f.age}, the rights your parents held over your special education pass to you: to give or refuse consent, to sign your IEP and to see your records. Your parents will keep receiving notices.`,
      }
    : {
        title: `The educational rights passed to ${f.firstName}`,
        body: `${f.firstName} turned ${f.age}: the educational rights pass to them. You will keep receiving every notice from the school.`,
      };
}

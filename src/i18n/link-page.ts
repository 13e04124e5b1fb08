/**
 * What the hosted link page itself says (the hub inside it speaks for itself), in the
 * nine languages the hub speaks. Only dist/link-page.js carries these.
 */
export interface LinkPageStrings {
  /** The link was refused as expired or used (401/410), or its `exp` has passed. */
  expired: string;
  /** The link is missing or malformed. */
  invalid: string;
  /** After a link: the heading. */
  linked: string;
  /** After a link: which account (the host's label). */
  account: (label: string) => string;
  /** After a link, with `returnTo`: the way back. */
  backTo: (app: string) => string;
  /** After a link, with no `returnTo`. */
  closePage: string;
  /** The page could not reach the host. */
  unreachable: string;
  /** Before the form, when the link names whose account it is (the token's `owner`). */
  connectingFor: (app: string, owner: string) => string;
}

export const LINK_PAGE_STRINGS: Record<string, LinkPageStrings> = {
  en: {
    expired: 'This link has expired or was already used. Ask for a new one.',
    invalid: 'This link is not valid. Check that you copied all of it, or ask for a new one.',
    linked: 'Your account is connected',
    account: (l) => `Account: ${l}`,
    backTo: (app) => `Back to ${app}`,
    closePage: 'You can close this page.',
    unreachable: 'The server could not be reached. Try again in a moment.',
    connectingFor: (app, owner) => `Connecting an account to ${app} for ${owner}`,
  },
  fr: {
    expired: 'Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.',
    invalid: 'Ce lien n’est pas valide. Vérifiez que vous l’avez copié en entier, ou demandez-en un nouveau.',
    linked: 'Votre compte est connecté',
    account: (l) => `Compte : ${l}`,
    backTo: (app) => `Retour à ${app}`,
    closePage: 'Vous pouvez fermer cette page.',
    unreachable: 'Le serveur est injoignable. Réessayez dans un instant.',
    connectingFor: (app, owner) => `Connexion d’un compte à ${app} pour ${owner}`,
  },
  de: {
    expired: 'Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie einen neuen an.',
    invalid: 'Dieser Link ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder fordern Sie einen neuen an.',
    linked: 'Ihr Konto ist verbunden',
    account: (l) => `Konto: ${l}`,
    backTo: (app) => `Zurück zu ${app}`,
    closePage: 'Sie können diese Seite schließen.',
    unreachable: 'Der Server ist nicht erreichbar. Versuchen Sie es gleich noch einmal.',
    connectingFor: (app, owner) => `Sie verbinden ein Konto mit ${app} für ${owner}`,
  },
  es: {
    expired: 'Este enlace caducó o ya se usó. Pide uno nuevo.',
    invalid: 'Este enlace no es válido. Comprueba que lo copiaste entero o pide uno nuevo.',
    linked: 'Tu cuenta está conectada',
    account: (l) => `Cuenta: ${l}`,
    backTo: (app) => `Volver a ${app}`,
    closePage: 'Puedes cerrar esta página.',
    unreachable: 'No se pudo contactar con el servidor. Inténtalo de nuevo en un momento.',
    connectingFor: (app, owner) => `Conectando una cuenta a ${app} para ${owner}`,
  },
  it: {
    expired: 'Questo link è scaduto o è già stato usato. Chiedine uno nuovo.',
    invalid: 'Questo link non è valido. Controlla di averlo copiato per intero o chiedine uno nuovo.',
    linked: 'Il tuo account è collegato',
    account: (l) => `Account: ${l}`,
    backTo: (app) => `Torna a ${app}`,
    closePage: 'Puoi chiudere questa pagina.',
    unreachable: 'Impossibile raggiungere il server. Riprova tra poco.',
    connectingFor: (app, owner) => `Collegamento di un account a ${app} per ${owner}`,
  },
  nl: {
    expired: 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.',
    invalid: 'Deze link is ongeldig. Controleer of je hem volledig hebt gekopieerd, of vraag een nieuwe aan.',
    linked: 'Je account is gekoppeld',
    account: (l) => `Account: ${l}`,
    backTo: (app) => `Terug naar ${app}`,
    closePage: 'Je kunt deze pagina sluiten.',
    unreachable: 'De server is niet bereikbaar. Probeer het zo opnieuw.',
    connectingFor: (app, owner) => `Je koppelt een account aan ${app} voor ${owner}`,
  },
  pt: {
    expired: 'Este link expirou ou já foi usado. Peça um novo.',
    invalid: 'Este link não é válido. Verifique se o copiou inteiro ou peça um novo.',
    linked: 'A sua conta está ligada',
    account: (l) => `Conta: ${l}`,
    backTo: (app) => `Voltar para ${app}`,
    closePage: 'Pode fechar esta página.',
    unreachable: 'Não foi possível contactar o servidor. Tente novamente daqui a pouco.',
    connectingFor: (app, owner) => `A ligar uma conta a ${app} para ${owner}`,
  },
  ja: {
    expired: 'このリンクは期限切れか、すでに使用されています。新しいリンクを依頼してください。',
    invalid: 'このリンクは無効です。すべてコピーしたか確認するか、新しいリンクを依頼してください。',
    linked: 'アカウントが連携されました',
    account: (l) => `アカウント: ${l}`,
    backTo: (app) => `${app} に戻る`,
    closePage: 'このページを閉じてかまいません。',
    unreachable: 'サーバーに接続できません。しばらくしてからもう一度お試しください。',
    connectingFor: (app, owner) => `${owner} のために ${app} にアカウントを連携します`,
  },
  ar: {
    expired: 'انتهت صلاحية هذا الرابط أو استُخدم من قبل. اطلب رابطًا جديدًا.',
    invalid: 'هذا الرابط غير صالح. تأكد من نسخه كاملًا أو اطلب رابطًا جديدًا.',
    linked: 'تم ربط حسابك',
    account: (l) => `الحساب: ${l}`,
    backTo: (app) => `العودة إلى ${app}`,
    closePage: 'يمكنك إغلاق هذه الصفحة.',
    unreachable: 'تعذّر الوصول إلى الخادم. حاول مرة أخرى بعد قليل.',
    connectingFor: (app, owner) => `ربط حساب بـ ${app} لصالح ${owner}`,
  },
};

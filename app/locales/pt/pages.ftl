# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Esqueci a senha
forgot-heading = Esqueceu sua senha?
forgot-intro = Digite seu e-mail. Se ele pertencer a uma conta, enviaremos um código para você criar uma nova senha.
forgot-form-send = Enviar código
forgot-form-back = Voltar para o login

home-title = Boas-vindas
# { $app } is the app's name.
home-heading = Boas-vindas ao { $app }
home-lead = Uma só conta para tudo aqui: crie com seu e-mail, confirme com um código e mantenha seu perfil em um só lugar.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Olá, { $name }!
home-actions-profile = Ir para seu perfil

signup-form-check-inbox = Confira sua caixa de entrada: enviamos um código para confirmar seu e-mail.
signup-form-password = Senha
signup-form-display-name-hint = É assim que vamos chamar você. Dá para mudar depois.
signup-form-creating = Criando conta…
signup-form-have-account = Já tem uma conta?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Confirme seu e-mail
verify-step-verify = Confirmar
verify-step-verifying = Confirmando…
# { $email } is the address the code went to.
verify-step-resent = Enviamos um novo código para { $email }.
verify-form-enter-code = Digite o código que enviamos por e-mail para confirmar seu endereço.

# The page's title and its button.
reset-form-reset = Redefinir senha
reset-heading = Crie uma nova senha
reset-intro = Se esse e-mail tiver uma conta, um código está a caminho. Digite o código e sua nova senha.
reset-form-new-password = Nova senha
reset-form-new-code = Precisa de um novo código?

profile-heading = Seu perfil
profile-form-loading = Carregando seu perfil…
profile-form-restored = Suas alterações não salvas foram recuperadas. Salve para mantê-las.
profile-form-saved = Salvo.
profile-form-last-saved = Salvo pela última vez
profile-form-two-step = Login em duas etapas
profile-form-two-step-on = Ativado
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Ativado (desde { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Desativado —
profile-form-set-up-two-step = ative em Configurações da conta
# A form field's label; also on the sign-up page.
profile-form-display-name = Nome de exibição
profile-form-bio = Bio
profile-form-time-zone = Fuso horário
profile-form-language = Idioma preferido
profile-form-save = Salvar
# A button's label while it saves; also on the password reset page.
profile-form-saving = Salvando…
profile-form-account-settings = Configurações da conta
profile-form-settings-summary = Senha, e-mail, login em duas etapas, seus dados e exclusão da conta

not-found-heading = Página não encontrada
not-found-text = Não há nada neste endereço.
not-found-home = Ir para a página inicial

# The developer's mailbox, local mode only.
mailbox-heading = Caixa de correio
mailbox-intro = O modo local não envia e-mails de verdade. Todas as mensagens que o app teria enviado aparecem aqui, das mais recentes para as mais antigas.
mailbox-empty = Nenhuma mensagem ainda. Crie uma conta ou peça um código de redefinição e depois recarregue esta página.
mailbox-to = Para
mailbox-purpose = Tipo
mailbox-subject = Assunto
mailbox-code = Código
mailbox-links = Links
mailbox-sent = Enviado

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Este navegador não aceita chaves de acesso. Escolha outra forma.
session-passkey-cancelled = Nenhuma chave de acesso foi usada. Tente de novo ou escolha outra forma.
session-passkey-already-registered = Este dispositivo já tem uma chave de acesso para sua conta.
session-passkey-wrong-site = As chaves de acesso só funcionam com o nome deste site: abra-o em localhost, não por um endereço IP.
session-passkey-failed = A chave de acesso não funcionou. Tente de novo ou escolha outra forma.

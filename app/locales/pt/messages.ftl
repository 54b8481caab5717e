# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Esse já é o seu e-mail.
message-email-taken = Esse endereço não pode mais ser usado. Altere seu e-mail para outro.
message-email-change-ended = Esta alteração de e-mail expirou. Altere o e-mail de novo para receber um novo código.
message-wrong-current-password = Essa não é sua senha atual.
message-app-code-missing = Digite o código que aparece no seu app autenticador.
message-app-code-not-right = Esse código está incorreto. Digite o que aparece no app agora.
message-password-refused = Esta senha não atende às regras: use de 8 a 256 caracteres e evite senhas que você já usou.

message-two-step-already-on = O login em duas etapas já está ativado.
message-two-step-not-on = Primeiro, ative o login em duas etapas.
message-two-step-setup-ended = Esta configuração expirou. Comece a configurar o login em duas etapas de novo.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = App autenticador

message-passkeys-full = Esta conta já tem o máximo de chaves de acesso (20). Remova uma primeiro.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } em { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Cadastro
message-mail-resend = Novo código de cadastro
message-mail-password-reset = Redefinição de senha
message-mail-email-change = Alteração de e-mail
message-mail-sign-in-code = Código de login

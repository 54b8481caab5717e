# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Configurações da conta
settings-back = ← Voltar para seu perfil
settings-loading = Carregando sua conta…

## What several sections share.

settings-cancel = Cancelar
settings-current-password = Senha atual
settings-code = Código
settings-code-hint = O código que aparece agora no seu app autenticador.
settings-verify = Confirmar
settings-verifying = Confirmando…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Você entra com { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Enviamos um código para { $new }. Até você digitá-lo, continue entrando com { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Enviamos um código para { $address }. Digite-o para confirmar seu novo endereço.
settings-email-change = Alterar e-mail
settings-email-new = Novo e-mail
settings-email-sending-code = Enviando um código…
settings-email-verified = Seu novo e-mail foi confirmado. De agora em diante, use-o para entrar.
settings-email-code-resent = Um novo código está a caminho.

## Password.

settings-password-heading = Senha
settings-password-intro = Ao alterar a senha, você sai da conta em todos os outros dispositivos.
settings-password-change = Alterar senha
settings-password-new = Nova senha
settings-password-changing = Alterando…
settings-password-changed = Sua senha foi alterada. Todas as outras sessões foram encerradas.

## Two-step sign-in.

settings-two-step-heading = Login em duas etapas
settings-two-step-intro = Além da senha, vamos pedir um código de um app autenticador no seu celular. Assim, uma senha roubada não basta para entrar.
settings-two-step-set-up = Configurar login em duas etapas
settings-two-step-on = O login em duas etapas está ativado.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = O login em duas etapas está ativado desde { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = O login em duas etapas está ativado ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = O login em duas etapas está ativado desde { $day } ({ $device }).
settings-two-step-codes-left-none = Você não tem mais códigos de recuperação: gere novos, senão vai ficar sem acesso se perder o celular.
settings-two-step-codes-left-one = Resta 1 código de recuperação.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Restam { $count } códigos de recuperação.
settings-two-step-turn-off = Desativar
settings-two-step-turning-off = Desativando…
settings-two-step-off-code-hint = O código que aparece no seu app autenticador ou um dos seus códigos de recuperação.
settings-two-step-off-wrong-code = Esse código está incorreto. Digite o que aparece no app agora ou um código de recuperação que você ainda não usou.
settings-two-step-turned-off = O login em duas etapas foi desativado. Seus códigos de recuperação não funcionam mais.
settings-two-step-new-codes = Novos códigos de recuperação
settings-two-step-new-codes-intro = Um novo conjunto de dez códigos substitui os atuais, usados ou não.
settings-two-step-making-codes = Gerando novos códigos…
settings-two-step-new-codes-made = Aqui estão seus novos códigos de recuperação. Os antigos não funcionam mais.
settings-two-step-setup-intro = Você vai precisar de um app autenticador no celular, como Google Authenticator, Microsoft Authenticator ou seu gerenciador de senhas.
settings-two-step-continue = Continuar
settings-two-step-preparing = Preparando…
settings-two-step-scan = Escaneie este QR code com seu app autenticador e digite o código de seis dígitos que aparecer.
settings-two-step-qr-code = QR code para seu app autenticador
# Followed by the secret key, as letters and digits.
settings-two-step-key = Ou digite esta chave:
settings-two-step-open-app = Abrir em um app autenticador neste dispositivo
settings-two-step-device-name = Nome do dispositivo (opcional)
settings-two-step-device-name-hint = Aparece nas configurações, por exemplo: “Celular da Ada”
settings-two-step-wrong-code = Esse código está incorreto. Digite o que aparece no app agora.
settings-two-step-turned-on = O login em duas etapas está ativado. De agora em diante, o código do app será pedido quando você entrar.

## Recovery codes, shown once.

settings-recovery-heading = Seus códigos de recuperação
settings-recovery-intro = Se você perder o celular, cada código permite entrar uma vez no lugar do app. Guarde-os em um lugar seguro, como seu gerenciador de senhas: esta é a única vez que eles aparecem.
settings-recovery-copy = Copiar códigos
settings-recovery-download = Baixar códigos
settings-recovery-done = Concluído
settings-recovery-copied = Códigos copiados.
settings-recovery-not-copied = Não foi possível copiar. Selecione os códigos e copie, ou baixe os códigos.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Códigos de recuperação do { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Cada um permite entrar uma vez, no lugar do código do seu app autenticador.

## Devices.

settings-devices-heading = Dispositivos
settings-devices-intro = Perdeu um dispositivo ou usou um computador compartilhado? Encerre todas as sessões, inclusive esta.
settings-devices-loading = Carregando os dispositivos conectados à sua conta…
settings-devices-this = Este dispositivo
settings-devices-signed-in = Conectado em { $time }
settings-devices-last-active = última atividade em { $time }
settings-sign-out-device = Sair do dispositivo
settings-signing-out-device = Saindo…
settings-sign-out-everywhere = Sair de todos os dispositivos
settings-signing-out-everywhere = Saindo de todos os dispositivos…

## Your data.

settings-data-heading = Seus dados
settings-data-intro = Tudo o que guardamos sobre sua conta, em um arquivo JSON.
settings-data-download = Baixar meus dados
settings-data-preparing = Preparando seus dados…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Excluir conta
settings-delete-intro = Exclui seu login e seu perfil para sempre. Não é possível desfazer.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Digite { $word } para confirmar
settings-deleting = Excluindo…

## Passkeys.

passkeys-heading = Chaves de acesso
passkeys-intro = Com uma chave de acesso, você entra usando sua impressão digital, seu rosto ou o bloqueio de tela em vez da senha. Ela fica no seu dispositivo e não pode ser roubada por phishing.
passkeys-loading = Carregando suas chaves de acesso…
passkeys-none = Você ainda não tem chaves de acesso.
passkeys-list = Suas chaves de acesso
# A passkey without a name.
passkeys-unnamed = Chave de acesso
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Adicionada em { $day }
passkeys-add = Adicionar chave de acesso
passkeys-add-intro = Primeiro, confirme que é você. Depois, seu dispositivo vai pedir para você criar a chave de acesso com sua impressão digital, seu rosto ou o bloqueio de tela.
passkeys-adding = Adicionando…
passkeys-added = Chave de acesso adicionada. Da próxima vez, você pode entrar com ela em vez da senha.
passkeys-remove = Remover
passkeys-remove-intro = Depois de removida, ela não permite mais entrar. Seu dispositivo ainda pode mostrá-la: exclua-a lá também. Primeiro, confirme que é você.
passkeys-removing = Removendo…
passkeys-removed = Chave de acesso removida. Ela não permite mais entrar.
passkeys-use-passkey = Usar uma chave de acesso
passkeys-unsupported = Este navegador não aceita chaves de acesso.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = As chaves de acesso só funcionam com este site aberto pelo nome, não por um endereço IP. Para adicionar uma, abra { $address }.
passkeys-not-made-cancelled = Nenhuma chave de acesso foi criada: a solicitação foi fechada ou expirou. Tente de novo quando quiser.
passkeys-not-made = Seu dispositivo não conseguiu criar uma chave de acesso. Tente de novo.
passkeys-proof-cancelled = Nenhuma chave de acesso foi usada. Tente de novo ou digite sua senha atual.
passkeys-proof-failed = A chave de acesso não funcionou. Tente de novo ou digite sua senha atual.
passkeys-proof-unsupported = Este navegador não aceita chaves de acesso. Digite sua senha atual.

## Recent activity.

activity-heading = Atividade recente
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Não reconhece alguma linha? Use { $sign-out-everywhere } acima e depois { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Não reconhece alguma linha? Use { $sign-out-everywhere } acima e depois proteja a conta que você usa para entrar.
activity-loading = Carregando sua atividade…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Dispositivo desconhecido
activity-signed-in = Login realizado
activity-sign-in-failed = Falha no login (senha incorreta)
activity-password-changed = Senha alterada
activity-password-reset = Senha redefinida com um código enviado por e-mail
activity-email-changed = E-mail alterado
activity-two-step-on = Login em duas etapas ativado
activity-two-step-off = Login em duas etapas desativado
activity-signed-out-everywhere = Saiu de todos os dispositivos
activity-device-signed-out = Saiu de outro dispositivo
activity-passkey-added = Chave de acesso adicionada
activity-passkey-removed = Chave de acesso removida
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Login realizado com { $provider }
activity-provider-connected = { $provider } vinculado
activity-provider-disconnected = { $provider } desvinculado

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Contas vinculadas
settings-connected-intro = Entre também com outra conta sua. Para vincular, pedimos sua senha aqui e depois um login lá.
settings-connected-made-with = Você criou esta conta com { $provider } e entra com ele.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Vinculado desde { $date }
settings-connected-not = Não vinculado
settings-connect = Vincular
settings-connecting = Vinculando…
settings-disconnect = Desvincular
settings-disconnecting = Desvinculando…
settings-provider-disconnected = Desvinculado. Ele não permite mais entrar nesta conta.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Senha e login em duas etapas
settings-made-with-intro = Você entra com { $provider }. Sua senha e o login em duas etapas ficam lá, não aqui.
settings-fresh-sign-in = Para excluir a conta, entre de novo com { $provider } primeiro.
settings-sign-in-again = Entrar de novo com { $provider }

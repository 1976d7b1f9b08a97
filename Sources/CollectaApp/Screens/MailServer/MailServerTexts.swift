import CollectaCore
import CollectaDelivery

/// The texts of the mail server screen, in English and Russian.
enum MailServerTexts {
    static let title = LocalizedText("Mail server", "Почтовый сервер")
    static let group = LocalizedText("Mail server", "Почтовый сервер")

    static let host = LocalizedText("Host (empty: none)", "Сервер (пусто — нет)")
    static let port = LocalizedText("Port", "Порт")
    static let security = LocalizedText("Security", "Защита")
    static let user = LocalizedText("User (empty: no login)", "Пользователь (пусто — без входа)")
    static let credentialsFile = LocalizedText("Credentials file", "Файл с паролем")
    static let noEncryption = LocalizedText("None (local relay or test server only)", "Нет (только локальный или тестовый сервер)")

    static let save = LocalizedText("Save", "Сохранить")
    static let saveHelp = LocalizedText(
        "Checks the settings and saves them; the password is never stored.",
        "Проверяет настройки и сохраняет их; пароль никогда не сохраняется.")
    static let back = LocalizedText("Back", "Назад")
    static let backHelp = LocalizedText(
        "Goes back; asks first when there are unsaved changes.",
        "Возвращает назад; при несохранённых изменениях сначала спрашивает.")
    static let saved = LocalizedText("Mail server settings saved.", "Настройки почтового сервера сохранены.")

    // The field's label goes before these in the status line ("Port: A number from 1 to 65535").
    static let hostProblem = LocalizedText(
        "A name or address without spaces; empty: no server", "Имя или адрес без пробелов; пусто — сервера нет")
    static let portProblem = LocalizedText(
        "A number from 1 to 65535 (587 for STARTTLS, 465 for TLS)", "Число от 1 до 65535 (587 для STARTTLS, 465 для TLS)")
    static let userProblem = LocalizedText(
        "No spaces at the start or the end", "Без пробелов в начале и в конце")
    static let fileProblem = LocalizedText(
        "An absolute path starting with /; empty: the default file",
        "Абсолютный путь с / в начале; пусто — файл по умолчанию")

    static let passwordLabel = LocalizedText("Password", "Пароль")
    static let noServer = LocalizedText(
        "no mail server is configured, so emails stay queued.",
        "почтовый сервер не настроен, сообщения остаются в очереди.")
    static let noLogin = LocalizedText(
        "none needed: the server is used without logging in.",
        "не нужен: вход на сервер не выполняется.")
    static let fromEnvironment = LocalizedText(
        "from the environment variable \(MailServerSettings.passwordVariable), which is set.",
        "из переменной окружения \(MailServerSettings.passwordVariable), она задана.")
    static func fromFile(_ file: String) -> LocalizedText {
        LocalizedText(
            "from the credentials file \(file), which exists and is readable by its owner only.",
            "из файла \(file): он есть и доступен только владельцу.")
    }

    /// A problem finding the password, in `MailCredentialsError`'s words or their Russian.
    static func problem(_ error: MailCredentialsError) -> LocalizedText {
        let russian: String
        switch error {
        case let .missing(user, variable, file):
            russian = "нет пароля для пользователя \(user): задайте \(variable) или запишите пароль в \(file) (режим 0600)"
        case let .notPrivate(file, mode):
            let octal = String(mode, radix: 8)
            russian = "файл \(file) с режимом \(String(repeating: "0", count: max(0, 4 - octal.count)) + octal) "
                + "доступен не только владельцу: выполните chmod 600 \(file)"
        case let .unreadable(file, reason):
            russian = "не удаётся прочитать файл с паролем \(file): \(reason)"
        case let .empty(file):
            russian = "файл с паролем \(file) пуст"
        }
        return LocalizedText(error.description, russian)
    }
}

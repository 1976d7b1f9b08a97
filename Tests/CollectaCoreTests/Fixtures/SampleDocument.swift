/// A full configuration document in canonical form: every section, a hierarchy with a
/// pre-dunning email, activity and letter steps, an email template with multi-line HTML in
/// Russian and English. docs/config.md shows this very text (a test keeps them equal).
enum SampleDocument {
    static let text = """
        # Collecta configuration
        version: 1
        parameters:
          companyName: ООО «Ромашка»
          companyAddress: ул. Садовая, 5, 101000 Москва
          companyCurrency: RUB
          postsLettersAutomatically: false
          createsActivitiesForAutomations: true
          historyRetentionDays: 365
          excludesInvoiceAfterLastStep: false
          defaultLetterSequenceID: STANDARD
          predictions:
            lateBenchmarkPercent: 60
            veryLateBenchmarkPercent: 50
            lateActivityTemplateID: CALL
            veryLateActivityTemplateID: ESCALATE
            lateNote: Predicted to pay late
            veryLateNote: |-
              Predicted to pay very late.
              Call before the due date.
            veryLatePeriodDays: 30
        purposes:
        - id: Business
          description: General business contact
        - id: Collections
          description: Receives collections reminders and letters
        - id: Invoice
          description: Receives invoices
        pools:
        - id: RETAIL
          description: Retail customers not on hold
          criteria:
          - field: group
            range: RETAIL,SHOP
          - field: onHold
            range: 'false'
        - id: WHOLESALE-BIG
          description: Wholesale customers with more than 1000 overdue
          criteria:
          - field: group
            range: WHOLESALE
          - field: overdueBalance
            range: '>1000'
        activityTemplates:
        - id: CALL
          name: Call the customer
          type: task
          purpose: Call about an overdue invoice
          daysToComplete: 2
          details: |-
            Ask for a payment date.
            Record a promise to pay if one is given.
        - id: ESCALATE
          name: Escalate to the credit manager
          type: action
          purpose: Escalation
          daysToComplete: 5
          details: ''
        emailTemplates:
        - id: REMINDER
          description: Friendly payment reminder
          defaultLanguage: ru
          senderName: Отдел по работе с задолженностью
          senderEmail: collections@romashka.example
          messages:
          - language: en
            subject: Payment reminder
            htmlBody: |
              <p>Dear customer,</p>
              <p>This is a friendly reminder that your invoice is due soon.</p>
              <p>Kind regards,<br>Collections team</p>
          - language: ru
            subject: Напоминание об оплате
            htmlBody: |
              <p>Уважаемый клиент!</p>
              <p>Напоминаем, что срок оплаты счёта скоро наступит.</p>
              <p>С уважением,<br>отдел по работе с задолженностью</p>
        letterSequences:
        - id: STANDARD
          description: Standard collection letters
          levels:
          - level: 1
            isFinal: false
            texts:
            - language: en
              title: Reminder
              body: |-
                Our records show that the invoices below are overdue.
                Please pay them within 7 days.
            - language: ru
              title: Напоминание
              body: |-
                По нашим данным, указанные ниже счета просрочены.
                Просим оплатить их в течение 7 дней.
          - level: 2
            isFinal: false
            texts:
            - language: en
              title: Second reminder
              body: The invoices below are still unpaid.
          - level: 3
            isFinal: true
            texts:
            - language: en
              title: Final notice
              body: Unless paid within 5 days, the debt will be passed to our lawyers.
        hierarchies:
        - id: WHOLESALE
          description: Wholesale customers with large overdue balances
          rank: 1
          poolID: WHOLESALE-BIG
          quietDays: 3
          exclusionRule: customerAgingBalance
          exclusionAmount: '5000.00'
          usesPredictions: true
          usesTrackStep: true
          includedOrigins:
          - salesOrder
          - project
          preDunsWhenOverdue: false
          isActive: true
          steps:
          - line: 10
            description: Reminder before the due date
            action: email
            documentID: REMINDER
            timing: before
            days: 5
            isPreDunning: true
            recipient: customer
            contactPurposeID: Collections
          - line: 20
            description: First call
            action: activity
            documentID: CALL
            timing: after
            days: 1
            isPreDunning: false
          - line: 30
            description: Collection letter
            action: letter
            timing: after
            days: 14
            isPreDunning: false
          - line: 40
            description: Escalate
            action: activity
            documentID: ESCALATE
            timing: after
            days: 21
            isPreDunning: false
        - id: RETAIL
          description: Retail customers
          rank: 2
          poolID: RETAIL
          quietDays: 0
          exclusionRule: invoiceAmount
          exclusionAmount: '100.00'
          usesPredictions: false
          usesTrackStep: false
          includedOrigins:
          - salesOrder
          - freeText
          - project
          - generalJournal
          preDunsWhenOverdue: false
          isActive: true
          steps:
          - line: 10
            description: Email the collections agent
            action: email
            documentID: REMINDER
            timing: after
            days: 3
            isPreDunning: false
            recipient: collectionsAgent

        """
}

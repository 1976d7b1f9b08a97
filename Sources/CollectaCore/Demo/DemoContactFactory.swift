/// Draws the contacts (one to three) of a demo customer.
///
/// A company has a business contact, usually an accountant who handles invoices, payments and
/// collections, and sometimes a shared accounts mailbox for remittances. Most customers thus
/// have a Collections contact with an email address; a few have none, or one without an email
/// (phone only), so that Customer emails can fail with "no address" (R13).
enum DemoContactFactory {
    /// The contacts of `profile`; `nextNumber` numbers them across all customers.
    static func contacts(
        for profile: DemoCustomerProfile, nextNumber: inout Int, random: inout SeededGenerator
    ) -> [Contact] {
        var drafts = profile.soleTrader.map {
            soleTraderDrafts(owner: $0, domain: profile.domain, random: &random)
        } ?? companyDrafts(profile: profile, random: &random)
        if random.chance(percent: 4),
           let index = drafts.firstIndex(where: { $0.purposes.contains(DemoPurpose.collections) })
        {
            drafts[index].hasEmail = false
        }
        return drafts.map { draft in
            defer { nextNumber += 1 }
            return Contact(
                id: "CT-" + DemoFormat.padded(nextNumber, width: 6),
                customerAccount: profile.customer.account, name: draft.name,
                email: draft.hasEmail ? draft.localPart + "@" + draft.domain : nil,
                phone: draft.phone, purposeIDs: draft.purposes)
        }
    }

    /// A contact before it gets its key.
    private struct Draft {
        var name: String
        var localPart: String
        var domain: String
        var phone: String
        var purposes: [String]
        var hasEmail = true
    }

    private static func soleTraderDrafts(
        owner: DemoPerson, domain: String, random: inout SeededGenerator
    ) -> [Draft] {
        var purposes = [DemoPurpose.business, DemoPurpose.invoice, DemoPurpose.payment]
        if random.chance(percent: 90) { purposes.append(DemoPurpose.collections) }
        let mobile = "+7 (9\(DemoFormat.digits(2, random: &random))) "
            + russianNumber(random: &random)
        return [Draft(
            name: owner.name, localPart: owner.localPart, domain: domain, phone: mobile,
            purposes: purposes)]
    }

    private static func companyDrafts(
        profile: DemoCustomerProfile, random: inout SeededGenerator
    ) -> [Draft] {
        var business = personDraft(
            profile: profile, purposes: [DemoPurpose.business], random: &random)
        if random.chance(percent: 40) { business.purposes.append(DemoPurpose.invoice) }
        var drafts = [business]
        let hasAccountant = random.chance(percent: 80)
        if hasAccountant {
            drafts.append(personDraft(
                profile: profile,
                purposes: [DemoPurpose.invoice, DemoPurpose.payment, DemoPurpose.collections],
                random: &random))
        }
        if random.chance(percent: 40) {
            drafts.append(mailboxDraft(profile: profile, random: &random))
        }
        if !hasAccountant, random.chance(percent: 50) {
            drafts[drafts.count - 1].purposes.append(DemoPurpose.collections)
        }
        return drafts
    }

    private static func personDraft(
        profile: DemoCustomerProfile, purposes: [String], random: inout SeededGenerator
    ) -> Draft {
        let person = DemoPeople.person(style: profile.style, random: &random)
        return Draft(
            name: person.name, localPart: person.localPart, domain: profile.domain,
            phone: phone(profile: profile, random: &random), purposes: purposes)
    }

    private static func mailboxDraft(
        profile: DemoCustomerProfile, random: inout SeededGenerator
    ) -> Draft {
        let mailbox = profile.style.map(DemoNamesForeign.mailbox)
            ?? random.element(of: DemoNamesRussian.mailboxes)
        return Draft(
            name: mailbox.name, localPart: mailbox.localPart, domain: profile.domain,
            phone: phone(profile: profile, random: &random),
            purposes: [DemoPurpose.remitTo, DemoPurpose.payment])
    }

    /// A landline of the customer's city or country.
    private static func phone(
        profile: DemoCustomerProfile, random: inout SeededGenerator
    ) -> String {
        guard profile.isRussian else {
            return profile.phonePrefix
                + DemoFormat.subscriberNumber(profile.phoneDigits, random: &random)
        }
        return profile.phonePrefix + russianNumber(random: &random)
    }

    /// Seven digits in the Russian layout `123-45-67`.
    private static func russianNumber(random: inout SeededGenerator) -> String {
        DemoFormat.subscriberNumber(3, random: &random) + "-"
            + DemoFormat.digits(2, random: &random) + "-" + DemoFormat.digits(2, random: &random)
    }
}

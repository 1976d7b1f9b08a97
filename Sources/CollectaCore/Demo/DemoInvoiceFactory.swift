/// Draws the invoices of a demo customer.
///
/// Invoice dates fall in the 365 days before `today` (the last 90 for customers tagged NEW);
/// the due date adds the customer's payment terms. Each invoice is paid `delay` days after its
/// due date, the delay drawn from the customer's ``DemoPaymentBehaviour``; it is settled when
/// that day is not after `today`, unless it got stuck (unpaid, more often for late payers).
/// Open invoices are sometimes partly paid, and overdue ones may be disputed, promised,
/// resolved or have a broken promise.
struct DemoInvoiceFactory {
    let today: LocalDate
    /// Digits of invoice and voucher numbers (`AR-000123` has 6).
    var numberWidth = 6

    /// The invoices of `profile`, `count` of them (nil: 3 to 27, drawn from `random`);
    /// `nextNumber` numbers invoices and vouchers across customers.
    func invoices(
        for profile: DemoCustomerProfile, count: Int? = nil, nextNumber: inout Int,
        random: inout SeededGenerator
    ) -> [Invoice] {
        let count = count ?? random.int(in: 3...27)
        let window = profile.isNew ? 90 : 365
        var ages: [Int] = []
        ages.reserveCapacity(count)
        for _ in 0..<count {
            ages.append(random.int(in: 1...window))
        }
        return ages.sorted(by: >).map { age in
            defer { nextNumber += 1 }
            return invoice(
                number: nextNumber, invoiceDate: today.adding(days: -age), profile: profile,
                random: &random)
        }
    }

    private func invoice(
        number: Int, invoiceDate: LocalDate, profile: DemoCustomerProfile,
        random: inout SeededGenerator
    ) -> Invoice {
        let origin = random.weighted([
            (InvoiceOrigin.salesOrder, 75), (.freeText, 12), (.project, 8), (.generalJournal, 5),
        ])
        let currency = profile.customer.currency
        let amount = self.amount(group: profile.customer.group, currency: currency, origin: origin,
                                 random: &random)
        let terms = random.chance(percent: 90)
            ? profile.paymentTermsDays : random.element(of: [14, 30, 45, 60])
        let dueDate = invoiceDate.adding(days: terms)
        let payment = settlement(
            invoiceDate: invoiceDate, dueDate: dueDate, behaviour: profile.behaviour,
            random: &random)
        let openAmount = payment.settledDate == nil
            ? openPart(of: amount, random: &random) : .zero
        let year = String(invoiceDate.components.year)
        return Invoice(
            id: "INV-\(year)-" + DemoFormat.padded(number, width: numberWidth),
            customerAccount: profile.customer.account,
            voucher: "AR-" + DemoFormat.padded(number, width: numberWidth), origin: origin,
            invoiceDate: invoiceDate, dueDate: dueDate, amount: amount, openAmount: openAmount,
            currency: currency,
            openAmountCompany: DemoExchangeRates.companyAmount(openAmount, currency: currency),
            status: payment.status, settledDate: payment.settledDate)
    }

    /// When the invoice was paid (nil: still open) and its collections status.
    private func settlement(
        invoiceDate: LocalDate, dueDate: LocalDate, behaviour: DemoPaymentBehaviour,
        random: inout SeededGenerator
    ) -> (settledDate: LocalDate?, status: CollectionsStatus) {
        let delay = random.int(in: behaviour.delayRange)
        let paymentDate = max(invoiceDate, dueDate.adding(days: delay))
        let isStuck = random.chance(percent: behaviour.stuckPercent)
        if paymentDate <= today, !isStuck {
            let status: CollectionsStatus = random.chance(percent: 3) ? .resolved : .notDisputed
            return (paymentDate, status)
        }
        guard dueDate < today else { return (nil, .notDisputed) }
        return (nil, openStatus(isStuck: isStuck, random: &random))
    }

    /// The status of an overdue open invoice; stuck ones are more often in trouble.
    private func openStatus(isStuck: Bool, random: inout SeededGenerator) -> CollectionsStatus {
        if isStuck {
            return random.weighted([
                (CollectionsStatus.notDisputed, 45), (.disputed, 20), (.promiseBroken, 15),
                (.promisedToPay, 10), (.resolved, 10),
            ])
        }
        return random.weighted([
            (CollectionsStatus.notDisputed, 88), (.promisedToPay, 6), (.disputed, 3),
            (.resolved, 2), (.promiseBroken, 1),
        ])
    }

    /// What is left to pay: all of it, or (one time in seven) 20–80 % after a part payment.
    private func openPart(of amount: Money, random: inout SeededGenerator) -> Money {
        guard random.chance(percent: 14) else { return amount }
        let percent = Int64(random.int(in: 20...80))
        let open = amount.minorUnits * percent / 100
        return Money(minorUnits: min(max(open, 1), amount.minorUnits - 1))
    }

    /// An invoice amount typical of the customer group, in the invoice currency.
    ///
    /// Small amounts are more frequent than large ones (the product of two uniform draws).
    /// Sales orders and free-text invoices carry kopecks/cents; project milestones are round
    /// (thousands of roubles, tens of foreign units); journal entries are whole units.
    private func amount(
        group: String, currency: String, origin: InvoiceOrigin, random: inout SeededGenerator
    ) -> Money {
        let roubles: ClosedRange<Int64> = switch group {
        case "WHOLESALE": 150_000...4_500_000
        case "PUBLIC": 80_000...2_500_000
        case "INTERCOMPANY": 400_000...9_000_000
        default: 8_000...350_000
        }
        let divisor: Int64 = currency == DemoStaff.companyCurrency ? 1 : 100
        let low = roubles.lowerBound / divisor * 100
        let high = roubles.upperBound / divisor * 100
        let skew = Int64(random.int(in: 0...1_000)) * Int64(random.int(in: 0...1_000))
        let minorUnits = low + (high - low) * skew / 1_000_000
        let rounding: Int64 = switch origin {
        case .project: divisor == 1 ? 100_000 : 1_000
        case .generalJournal: 100
        case .salesOrder, .freeText: 1
        }
        return Money(minorUnits: max(rounding, minorUnits / rounding * rounding))
    }
}
